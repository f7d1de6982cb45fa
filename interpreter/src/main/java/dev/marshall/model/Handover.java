package dev.marshall.model;

import java.util.Optional;

/**
 * {@code handover = actor by …} on an intervention: the lead of this line of work passes to a local actor — by a
 * programme month ({@code by month 30}, or a calendar month), when a milestone is reached ({@code by quick_win}:
 * from the month after), or, without {@code by}, when the intervention's planned duration ends. The CDA's role
 * is temporary (the paper, section 4): after the handover the programme no longer leads or pays for the work.
 *
 * <p>What happens to the work is {@code after_handover}: {@code continues} (the default: the new lead keeps the
 * intervention's {@code each month} block running to the end of the horizon, at no cost to the programme) or
 * {@code decays} (the new lead keeps it up in fewer and fewer months; see {@link #keepsUp(int)}).
 *
 * @param month the programme month of the handover, or 0 when a milestone (or the end of the work) decides it
 * @param milestone the milestone that decides it, or null
 * @param milestoneIndex its index, or -1
 */
public record Handover(String actor, int month, String milestone, int milestoneIndex, boolean decays) {
    /** The half-life, in months, of the work kept up after a handover that {@code decays}. */
    public static final int HALF_LIFE_MONTHS = 12;

    /** The intervention's handover, read from its properties (the checker has already reported what is wrong). */
    public static Optional<Handover> of(Programme programme, Intervention intervention) {
        Optional<Property> p = intervention.properties().get("handover");
        if (p.isEmpty() || !(p.get().value() instanceof Expr.Word actor)) return Optional.empty();
        boolean decays = intervention.properties().get("after_handover")
                .map(a -> a.value() instanceof Expr.Word w && w.name().equals("decays")).orElse(false);
        Expr by = p.get().by();
        int month = 0;
        String milestone = null;
        int milestoneIndex = -1;
        if (by instanceof Expr.MonthPoint m) {
            month = m.month();
        } else if (by instanceof Expr.Date d && programme.start() != null) {
            month = (d.year() - programme.start().getYear()) * 12 + d.month() - programme.start().getMonthValue() + 1;
        } else if (by instanceof Expr.Word w) {
            Optional<Milestone> ms = programme.milestone(w.name());
            if (ms.isEmpty()) return Optional.empty();
            milestone = w.name();
            milestoneIndex = programme.milestones().indexOf(ms.get());
        } else if (by != null) {
            return Optional.empty();
        }
        return Optional.of(new Handover(actor.name(), month, milestone, milestoneIndex, decays));
    }

    /**
     * Whether the new lead keeps the work up in the {@code k}-th month (1, 2, …) after the handover took effect.
     * Always, when the work continues. When it decays, the k-th month is worth 2^-(k-1)/12 of a month of work; the
     * block runs in the months where the work accumulated so far, rounded to whole months, grows: every month at
     * first, then ever more rarely — about 18 months of work in all. Deterministic, so every run and both engines
     * agree, and no random draw is taken.
     */
    public boolean keepsUp(int k) {
        if (!decays) return true;
        return Math.round(accumulated(k)) > Math.round(accumulated(k - 1));
    }

    private static double accumulated(int k) {
        double r = Math.pow(0.5, 1.0 / HALF_LIFE_MONTHS);
        return (1 - Math.pow(r, k)) / (1 - r);
    }
}
