/**
 * The semantic diff of two revisions of a programme ({@code marshall diff OLD NEW}):
 * what a revision changed in the programme's terms — declarations added, removed,
 * renamed or changed; budget by intervention and by year; what each
 * funder pays in all and by programme year; schedules; targets;
 * diagnostics introduced or resolved; and, simulated with the same seed, each
 * milestone's P(on time) and each indicator's P(target met) before and after.
 * {@link dev.marshall.diff.RevisionComparison} builds a {@link dev.marshall.diff.Revision};
 * the renderers write it as Markdown, text or JSON; {@link dev.marshall.diff.FailOn}
 * decides when a revision fails a pipeline.
 */
package dev.marshall.diff;
