package io.plancycle.problem;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A refusal of a whole request: its message code and the arguments its message needs, in the reader's words later. */
public abstract class Refusal extends RuntimeException {
    private final ProblemCode code;
    private final List<Object> args;

    protected Refusal(ProblemCode code, Object... args) {
        super(code.key() + " " + Arrays.toString(args));
        this.code = code;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    public ProblemCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }
}
