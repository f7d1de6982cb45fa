package dev.marshall.semantic;

import dev.marshall.model.Compilation;
import dev.marshall.diagnostics.Diagnostic;
import dev.marshall.diagnostics.DiagnosticSink;
import dev.marshall.grammar.MarshallParser;
import dev.marshall.model.Programme;
import dev.marshall.source.SourceFile;
import dev.marshall.source.Span;
import dev.marshall.syntax.ModuleLoader;
import dev.marshall.syntax.Parsing;
import dev.marshall.syntax.SourceReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Builds the semantic model of a programme from the parse trees of its files
 * (the syntax package reads, parses and loads the modules it uses), in passes:
 * every declared name first ({@link NameCollector}: declarations may come in
 * any order), then vocabularies (the library's, then the words a programme adds) and fns, the programme header, params and
 * clusters (whose types everything else reads), and the other declarations,
 * each by its own reader, resolving and typing their expressions. The only
 * place where parse trees become the model.
 */
public final class ModelBuilder {
    /** Parsing and building recurse on nesting; give them a stack that deep input cannot exhaust. */
    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private final DiagnosticSink sink = new DiagnosticSink();
    private final SymbolTable symbols = new SymbolTable();
    private final ModuleLoader modules;
    private final List<Diagnostic> readProblems;

    private ModelBuilder(SourceReader.Read read) {
        this.readProblems = read.problems();
        this.modules = new ModuleLoader(read.source(), read.modules(), sink);
    }

    /** Builds the model of a programme; every problem found is in the returned diagnostics. */
    public static Compilation build(SourceReader.Read read) {
        AtomicReference<Compilation> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.set(new ModelBuilder(read).run());
            } catch (StackOverflowError e) {
                DiagnosticSink sink = new DiagnosticSink();
                sink.report("E006", Span.at(read.source(), 0), Parsing.MAX_NESTING, "expressions", "split the expression with a fn or a param");
                result.set(new Compilation(null, sink.diagnostics(), List.of(read.source())));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "marshall-model-builder", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the model", e);
        }
        if (failure.get() instanceof RuntimeException r) throw r;
        if (failure.get() instanceof Error err) throw err;
        return result.get();
    }

    private Compilation run() {
        Parsing.Parsed main = Parsing.parse(modules.main(), sink);
        List<Parsing.Parsed> files = new ArrayList<>();
        files.add(main);
        files.addAll(modules.loadAll(main));
        boolean usesStd = modules.usesStandardLibrary();

        NameCollector names = new NameCollector(symbols, sink, main.source());
        for (Parsing.Parsed file : files) names.collect(file);
        List<SourceFile> sources = files.stream().map(Parsing.Parsed::source).toList();

        ProgrammeParts parts = new ProgrammeParts();
        List<FileReading> readings = new ArrayList<>();
        for (Parsing.Parsed file : files) if (file.tree() != null) readings.add(FileReading.of(file, parts, symbols, sink));
        for (FileReading r : readings) each(r, d -> d.enumDecl() != null, (d, reading) -> new VocabularyReader(reading).read(d, d.enumDecl()));
        for (FileReading r : readings) each(r, d -> d.extendDecl() != null, (d, reading) -> new VocabularyReader(reading).extend(d.extendDecl()));
        for (FileReading r : readings) each(r, d -> d.fnDecl() != null, (d, reading) -> new FunctionReader(reading).read(d, d.fnDecl()));
        FunctionReader.buildBodies(parts, symbols, sink);
        for (FileReading r : readings) each(r, d -> d.programmeDecl() != null, (d, reading) -> new ProgrammeReader(reading).read(d, d.programmeDecl()));
        for (FileReading r : readings) declarations(r);
        Ambiguities.report(symbols, sink);

        double budget = main.tree() == null ? 0 : new ProgrammeReader(FileReading.of(main, parts, symbols, sink)).budget();
        Programme programme = parts.programme(main, budget, usesStd, modules.uses(), sources, sink);
        List<Diagnostic> all = new ArrayList<>(readProblems);
        all.addAll(sink.diagnostics());
        all.sort(Diagnostic.SOURCE_ORDER);
        return new Compilation(main.tree() == null ? null : programme, all, sources);
    }

    /** Params and clusters first, in every file of a pass: their types are needed by everything that reads them. */
    private void declarations(FileReading r) {
        each(r, d -> d.paramDecl() != null, (d, reading) -> new ParamReader(reading).read(d, d.paramDecl()));
        each(r, d -> d.clusterDecl() != null, (d, reading) -> new ClusterReader(reading).read(d, d.clusterDecl()));
        NoteReader notes = new NoteReader(r);
        for (MarshallParser.DeclarationContext d : r.file().tree().declaration()) {
            if (d.actorDecl() != null) new ActorReader(r).read(d, d.actorDecl());
            else if (d.networkDecl() != null) new NetworkReader(r).read(d, d.networkDecl());
            else if (d.interventionDecl() != null) new InterventionReader(r).read(d, d.interventionDecl());
            else if (d.indicatorDecl() != null) new IndicatorReader(r).read(d, d.indicatorDecl());
            else if (d.milestoneDecl() != null) new MilestoneReader(r).read(d, d.milestoneDecl());
            else if (d.resultDecl() != null) new ResultReader(r).read(d, d.resultDecl());
            else if (d.costLineDecl() != null) new CostLineReader(r).read(d, d.costLineDecl());
            else if (d.prioritiesDecl() != null) new PriorityReader(r).read(d.prioritiesDecl());
            else if (d.assumptionDecl() != null) notes.assumption(d, d.assumptionDecl());
            else if (d.riskDecl() != null) notes.risk(d, d.riskDecl());
            else if (d.allowDecl() != null) notes.allow(d.allowDecl(), null);
        }
    }

    private interface Reading {
        void read(MarshallParser.DeclarationContext d, FileReading reading);
    }

    private static void each(FileReading r, java.util.function.Predicate<MarshallParser.DeclarationContext> kind, Reading reader) {
        for (MarshallParser.DeclarationContext d : r.file().tree().declaration()) if (kind.test(d)) reader.read(d, r);
    }
}
