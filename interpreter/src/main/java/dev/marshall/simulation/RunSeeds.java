package dev.marshall.simulation;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Each run's random stream, derived from the seed and the run's index only,
 * so a run draws the same numbers whichever thread runs it and however many
 * threads there are.
 *
 * <p>The generator is L64X128MixRandom (an LXM generator of java.util.random,
 * period 2<sup>192</sup>, built for many independent streams). Its 32 bytes of
 * initial state are four SplitMix64 outputs from a start that mixes the seed,
 * then the run index; the mixing is a bijection for a fixed seed, so two runs
 * never share a start.
 */
public final class RunSeeds {
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of("L64X128MixRandom");
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private RunSeeds() {}

    public static RandomGenerator stream(long seed, int run) {
        long x = mix(mix(seed) + (run + 1L) * GOLDEN_GAMMA);
        byte[] bytes = new byte[32];
        for (int word = 0; word < 4; word++) {
            x += GOLDEN_GAMMA;
            long z = mix(x);
            for (int b = 0; b < 8; b++) bytes[word * 8 + b] = (byte) (z >>> (8 * b));
        }
        return FACTORY.create(bytes);
    }

    /** The SplitMix64 finaliser (Stafford's variant 13): a bijection that spreads every input bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
