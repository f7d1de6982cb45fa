package dev.marshall.emit.html;

import static dev.marshall.emit.html.Html.el;

import dev.marshall.emit.Emitter;
import dev.marshall.emit.Framework;
import dev.marshall.emit.logframe.Logframe;
import dev.marshall.emit.logframe.Wording;
import dev.marshall.emit.text.Dates;
import dev.marshall.emit.text.Quantities;

/** The logframe alone as a self-contained HTML page (the report's logframe section, for pasting into documents). */
public final class LogframeHtml implements Emitter {

    @Override
    public String render(Framework framework) {
        Logframe lf = framework.logframe();
        Logframe.Overview o = lf.overview();
        Palette palette = new Palette(lf);
        String meta = (o.country().isEmpty() ? "" : o.country() + " · ") + Dates.month(o.start()) + " – " + Dates.month(o.end())
                + " · budget " + Quantities.money(o.budget(), o.currency());
        Html.Node section = el("section", "id", "logframe", "class", "part").add(el("h2", "Logframe"), el("p", meta, "class", "lede"));
        if (!o.description().isEmpty()) section.add(el("p", o.description()));
        if (!Wording.publisher(o).isEmpty()) section.add(el("p", Wording.publisher(o), "class", "small"));
        if (!lf.goal().statement().isEmpty()) section.add(el("p").add(el("strong", "Goal: ")).text(lf.goal().statement()));
        section.add(LogframeTables.results(lf, palette), el("h3", "Activities"), LogframeTables.activities(lf, palette));
        if (!lf.costLines().isEmpty()) section.add(el("h3", "Programme cost lines"), LogframeTables.costLines(lf));
        if (!lf.milestones().isEmpty()) section.add(el("h3", "Milestones"), LogframeTables.milestones(lf));
        section.add(LogframeTables.assumptionsAndRisks(lf));
        Html.Node header = el("header", "class", "masthead").add(el("div", "class", "inner")
                .add(el("p", "Logframe", "class", "kicker"), el("h1", o.title())));
        return Page.render(o.title() + " — logframe", header, el("main").add(section));
    }
}
