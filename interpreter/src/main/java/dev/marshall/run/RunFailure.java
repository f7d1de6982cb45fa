package dev.marshall.run;

import dev.marshall.source.Span;

/**
 * A runtime error of guest code in one run (a division by zero, an undefined
 * logarithm, a runaway recursion, a distribution with impossible arguments):
 * a diagnostic code, the source span to point at, and the message arguments
 * before the final "where" argument (month and run), which the driver adds.
 */
public final class RunFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final transient Span span;
    private final transient Object[] args;

    public RunFailure(String code, Span span, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.span = span;
        this.args = args.clone();
    }

    public String code() { return code; }

    public Span span() { return span; }

    public Object[] args() { return args.clone(); }
}
