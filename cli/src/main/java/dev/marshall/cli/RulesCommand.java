package dev.marshall.cli;

import dev.marshall.api.DiagnosticCodes;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code marshall rules}: the approach checks of std.unido, code and title;
 * {@code marshall rules A05}: one rule's full explanation — what it protects,
 * where in the UNIDO paper it rests, what triggers it, how to fix it, and how
 * to silence it. The words come from {@code messages.properties}; the list of
 * rules from {@link DiagnosticCodes#approachRules()}, so a new rule appears here by itself.
 * Any other known code ({@code marshall rules E010}) gets its title and
 * message template and a pointer to the language reference.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"List the approach checks of std.unido, or explain one (e.g. marshall rules A05).",
                "Any other diagnostic code (e.g. E010) gets its title and message, and where it is described."},
        footer = {"", "Exit status: 0 done; 2 unknown code or usage error."})
final class RulesCommand implements Callable<Integer> {

    /** Where every diagnostic code is described, with an example and the fix. */
    static final String DIAGNOSTICS_REFERENCE = "docs/language.md#13-diagnostics-reference";

    @ParentCommand
    private Marshall marshall;

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "The code of a rule, e.g. A05, or of any diagnostic, e.g. E010.")
    private String code;

    @Override
    public Integer call() {
        Io io = marshall.io();
        List<String> codes = DiagnosticCodes.approachRules();
        if (code == null) {
            list(io.out(), codes);
            return ExitCodes.OK;
        }
        String wanted = code.trim().toUpperCase(Locale.ROOT);
        if (!codes.contains(wanted) && DiagnosticCodes.isKnown(wanted)) {
            describe(io.out(), wanted);
            return ExitCodes.OK;
        }
        if (!codes.contains(wanted)) {
            // A typo keeps the letter (E10 is E010, not A10), so codes of the same kind come first.
            List<String> sameKind = DiagnosticCodes.all().stream().filter(c -> !wanted.isEmpty() && c.charAt(0) == wanted.charAt(0)).toList();
            String suggestion = DiagnosticCodes.didYouMean(wanted, sameKind.isEmpty() ? DiagnosticCodes.all() : sameKind);
            String what = wanted.matches("[EWN].*") ? "diagnostic code" : "approach rule";
            io.error("no " + what + " '" + code + "'" + (suggestion.isEmpty() ? "" : "; " + suggestion));
            io.err().println("Run 'marshall rules' for the list (" + codes.get(0) + "–" + codes.get(codes.size() - 1) + ").");
            io.err().flush();
            return ExitCodes.USAGE_OR_IO;
        }
        explain(io.out(), wanted);
        return ExitCodes.OK;
    }

    private static void list(PrintWriter out, List<String> codes) {
        for (String c : codes) out.println(c + "  " + DiagnosticCodes.title(c));
        out.println();
        out.println("Run 'marshall rules CODE' for a rule's explanation; silence a rule in a programme with");
        out.println("allow CODE \"reason\".");
        out.flush();
    }

    /**
     * A language diagnostic (E…, W…, N…): its title and message template here,
     * the full account in the language reference, where each has an example.
     */
    private static void describe(PrintWriter out, String code) {
        out.println(code + "  " + DiagnosticCodes.title(code));
        out.println();
        out.println("Message: " + DiagnosticCodes.message(code, "…", "…", "…", "…", "…"));
        String hint = DiagnosticCodes.hint(code, "…", "…", "…", "…", "…");
        if (!hint.isEmpty()) out.println("Hint:    " + hint);
        String explanation = DiagnosticCodes.explanation(code);
        if (!explanation.isEmpty()) {
            out.println();
            out.println(explanation);
        }
        out.println();
        out.println("It is not an approach rule of std.unido; what causes it and how to fix it:");
        out.println("docs/language.md, section 13 \"Diagnostics reference\" (" + DIAGNOSTICS_REFERENCE + ").");
        out.flush();
    }

    private static void explain(PrintWriter out, String code) {
        out.println(code + "  " + DiagnosticCodes.title(code));
        out.println();
        out.println(DiagnosticCodes.explanation(code));
        out.println();
        out.println("Silence it where it does not apply, with the reason: allow " + code + " \"why it does not apply\"");
        out.flush();
    }
}
