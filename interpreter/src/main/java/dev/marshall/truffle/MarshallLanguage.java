package dev.marshall.truffle;

import com.oracle.truffle.api.Option;
import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionDescriptors;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;
import org.graalvm.polyglot.SandboxPolicy;
import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.nodes.Node;

/**
 * The Truffle language {@code marshall}: the guest code of a programme — its
 * {@code param}s, cluster properties and states, {@code each month} blocks,
 * milestone conditions, indicator values and {@code fn}s — as Truffle nodes,
 * so that the simulation's hot loops are compiled to machine code by Truffle's
 * optimizing runtime when the JVM offers it (JVMCI with the Graal compiler
 * jars), and interpreted otherwise.
 *
 * <h2>A tour</h2>
 * <p>Nodes are built from the <em>semantic model</em> ({@link dev.marshall.model.Programme}:
 * names resolved to slots, expressions typed), never from the parse tree, by
 * {@link ProgrammeTranslator}. They live in {@code nodes/} by role:
 * <ul>
 *   <li>{@code literals/} — numbers (every quantity in its base unit: {@code 12%} is 0.12,
 *       {@code 4 months} is 4, {@code month 9} is 9) and truth values;</li>
 *   <li>{@code access/} — reads of a run's data: params, cluster properties and states of the
 *       current replica, fn arguments, the current month, {@code m.reached},
 *       {@code i.active/started/finished};</li>
 *   <li>{@code expressions/} — arithmetic and comparisons (Truffle DSL specialisations on
 *       {@code double}/{@code boolean}), short-circuit {@code and}/{@code or},
 *       {@code if … then … else}, fn calls (small ones inlined, their arguments in frame slots),
 *       aggregates over replicas;</li>
 *   <li>{@code statements/} — {@code s = e}, {@code s += e}, … with clamping, {@code if} blocks;</li>
 *   <li>{@code control/} — the engine: a whole run is one call target ({@code RunRootNode}):
 *       starting values, then for each month the schedule, the active interventions' blocks
 *       (per replica), milestones, indicators and spend.</li>
 * </ul>
 * {@code builtins/} holds {@code min max clamp abs round floor ceil sqrt exp ln logistic} and the
 * distributions {@code normal uniform triangular bernoulli}; {@code runtime/}
 * the type system, runtime errors and source sections.
 *
 * <p>{@code bytecode/} is a tier of its own for the fallback runtime (the one a stock JDK runs, where
 * nothing compiles the nodes): after translation, each largest tree of blocks, assignments, ifs and
 * expressions it knows becomes one generated Java method that HotSpot compiles like hand-written
 * code; the nodes it does not know stay nodes, called from that method. Same order of evaluation,
 * same draws, same errors at the same spans. The engine option {@code marshall.Bytecode=false}
 * turns it off; the optimizing runtime never uses it.
 *
 * <h2>Data</h2>
 * <p>A run's data is a {@link dev.marshall.run.RunState}: flat {@code double}
 * arrays indexed by the model's slots, one row per replica. Every call target
 * gets it as argument 0; fn arguments follow. There is no name lookup at run time.
 *
 * <h2>Semantics the specification left open (decided here)</h2>
 * <ul>
 *   <li>Params are sampled once per run in declaration order; a param fixed with {@code --set}
 *       still draws and discards its sample, so the remaining random numbers stay the same.</li>
 *   <li>Cluster properties holding distributions are sampled per run and per replica, before any
 *       state; states' ranges and initial values are evaluated afterwards, per replica, and the
 *       initial value is clamped into the range.</li>
 *   <li>States are clamped after every assignment.</li>
 *   <li>Draws elsewhere are sampled each time they are evaluated (per month, per replica).</li>
 *   <li>An intervention starts in the first month that is at least its {@code start} (1 if none)
 *       and comes after everything in its {@code after} is finished or reached; a milestone never
 *       reached means it never starts. It runs {@code duration} months; months past the horizon
 *       are not simulated.</li>
 *   <li>{@code i.active} holds in its active months; {@code i.started} from its first month on;
 *       {@code i.finished} from the month after its last.</li>
 *   <li>Milestones are evaluated after the interventions of the month, in declaration order.</li>
 *   <li>Indicators are recorded at the end of each whole reporting period (months p, 2p, … up to
 *       the horizon) and at the target month; an indicator without {@code value} has no trajectory.</li>
 *   <li>Spend is each intervention's cost spread evenly over its active months.</li>
 *   <li>Runtime errors stop the simulation with a located diagnostic: division by zero (E080),
 *       runaway recursion (E081), {@code sqrt}/{@code ln} outside their domain (E082), a distribution
 *       with impossible arguments (E083), a state assigned a value that is not a number (E085).
 *       Leaving a state's range is not an error: the value is clamped.</li>
 * </ul>
 *
 * <p>Programmes are run by {@link dev.marshall.simulation.Simulator}, which enters a polyglot
 * context of this language on each worker thread and calls the run's call target directly.
 * {@code Context.eval("marshall", text)} is the polyglot surface ({@link #parse}): it checks
 * the text and returns the programme object that {@link ProgrammeObjects} makes, whose
 * {@code simulate} runs on the calling thread inside that context (docs/embedding.md).
 */
@TruffleLanguage.Registration(id = MarshallLanguage.ID, name = "Marshall", version = "0.1",
        defaultMimeType = MarshallLanguage.MIME_TYPE, characterMimeTypes = MarshallLanguage.MIME_TYPE,
        contextPolicy = TruffleLanguage.ContextPolicy.SHARED)
public final class MarshallLanguage extends TruffleLanguage<MarshallContext> {
    public static final String ID = "marshall";
    public static final String MIME_TYPE = "application/x-marshall";

    private static final LanguageReference<MarshallLanguage> REFERENCE = LanguageReference.create(MarshallLanguage.class);

    /**
     * One language instance serves every context of an engine (the policy is
     * {@code SHARED}: nodes hold no context's data, only the run state they are
     * called with), so a programme simulated again on a host's engine reuses
     * its call targets and their compiled code.
     */
    private final TranslationCache translations = new TranslationCache();

    TranslationCache translations() {
        return translations;
    }

    /**
     * The longest one polyglot {@code simulate(options)} may run before it stops
     * with E088: the host's limit, set on the context or engine
     * ({@code .option("marshall.SimulationTimeLimit", "30000")}), out of the guest's reach.
     * The default is the embedding API's ({@code Limits.DEFAULT}: 5 minutes).
     */
    @Option(help = "The longest one simulate() may run, in milliseconds (default: 300000, as the Java API); then it stops with E088.",
            category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.UNTRUSTED)
    static final OptionKey<Long> SimulationTimeLimit = new OptionKey<>(300_000L);

    /**
     * Whether the run's monthly blocks and expressions are compiled to Java methods on the fallback
     * runtime ({@code dev.marshall.truffle.bytecode}); false evaluates them node by node, as the
     * optimizing runtime always does. The figures are identical either way (the tests compare them).
     */
    @Option(help = "Compile the run's blocks and expressions to Java methods on the fallback runtime (default: true). Figures are identical either way.",
            category = OptionCategory.EXPERT, stability = OptionStability.STABLE, sandbox = SandboxPolicy.UNTRUSTED)
    static final OptionKey<Boolean> Bytecode = new OptionKey<>(true);

    @Override
    protected OptionDescriptors getOptionDescriptors() {
        return new MarshallLanguageOptionDescriptors();
    }

    @Override
    protected MarshallContext createContext(Env env) {
        return new MarshallContext(env);
    }

    /** Runs share nothing mutable but their call targets, so any number of threads may enter a context. */
    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }

    /**
     * Checks the source (no file is read: {@code use "path"} is E015, only
     * library modules resolve) and returns a call target that yields the
     * programme object. Parsing is cached per source by Truffle.
     */
    @Override
    protected CallTarget parse(ParsingRequest request) {
        com.oracle.truffle.api.source.Source source = request.getSource();
        String name = source.getName();
        dev.marshall.model.Compilation compilation = dev.marshall.Compiler.compile(
                dev.marshall.source.SourceFile.ofString(name, source.getCharacters().toString()));
        Object programme = ProgrammeObjectsHolder.OBJECTS.of(compilation);
        return new com.oracle.truffle.api.nodes.RootNode(this) {
            @Override
            public Object execute(com.oracle.truffle.api.frame.VirtualFrame frame) {
                return programme;
            }
        }.getCallTarget();
    }

    /** The one implementation of {@link ProgrammeObjects} on the class path, looked up once, on first use. */
    private static final class ProgrammeObjectsHolder {
        static final ProgrammeObjects OBJECTS = java.util.ServiceLoader.load(ProgrammeObjects.class, MarshallLanguage.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + ProgrammeObjects.class.getName() + " service on the class path"));
    }

    /** The language instance of the context entered on this thread. */
    public static MarshallLanguage get(Node node) {
        return REFERENCE.get(node);
    }
}
