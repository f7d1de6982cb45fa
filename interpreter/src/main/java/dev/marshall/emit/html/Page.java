package dev.marshall.emit.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame of every HTML document Marshall writes: a self-contained page with
 * the style sheet inline and a Content-Security-Policy that forbids scripts
 * and any network access, so the page is the same offline, in a mail
 * attachment or printed to PDF.
 */
final class Page {
    static final String CSS = load("report.css");
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    private Page() {}

    static String render(String title, Html.Node... body) {
        Html.Node head = Html.el("head").add(
                Html.el("meta", "charset", "utf-8"),
                Html.el("meta", "http-equiv", "Content-Security-Policy", "content", POLICY),
                Html.el("meta", "name", "viewport", "content", "width=device-width, initial-scale=1"),
                Html.el("meta", "name", "generator", "content", "Marshall"),
                Html.el("title", title),
                Html.el("style").raw(CSS));
        Html.Node html = Html.el("html", "lang", "en").add(head, Html.el("body").add(body));
        return "<!DOCTYPE html>\n" + html.render();
    }

    private static String load(String name) {
        try (InputStream in = Page.class.getResourceAsStream("/dev/marshall/emit/html/" + name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the class path");
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (css.contains("</")) throw new IllegalStateException(name + " must not contain '</'");
            return css;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
