package dev.marshall.truffle.runtime;

import com.oracle.truffle.api.dsl.TypeSystem;

/**
 * The values guest code computes: numbers (every quantity — money, durations,
 * percentages — is a {@code double} in its base unit, the type checker having
 * already checked units) and truth values.
 */
@TypeSystem({boolean.class, double.class})
public abstract class MarshallTypes {
}
