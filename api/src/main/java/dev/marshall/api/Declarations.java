package dev.marshall.api;

import dev.marshall.model.Compilation;
import dev.marshall.model.Programme;

/** The host's limit on how many declarations a programme (with its modules) may have ({@link Limits#maxDeclarations}). */
final class Declarations {
    private Declarations() {}

    static void check(String name, Compilation compilation, int max) throws MarshallException {
        Programme p = compilation.programme();
        if (p == null) return;
        long count = (long) p.params().size() + p.clusters().size() + p.actors().size() + p.networks().size()
                + p.interventions().size() + p.indicators().size() + p.milestones().size() + p.priorities().size()
                + p.assumptions().size() + p.risks().size() + p.functions().size() + p.vocabularies().size();
        if (count > max) {
            throw new MarshallException(name + ": the programme has " + count + " declarations, more than the limit of "
                    + max + " (Limits.maxDeclarations)");
        }
    }
}
