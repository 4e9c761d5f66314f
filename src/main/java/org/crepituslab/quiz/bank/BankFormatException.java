package org.crepituslab.quiz.bank;

/** A file that cannot be read at all (too big, not UTF-8, not JSON): carries the one problem. */
public final class BankFormatException extends Exception {
    private final transient BankProblem problem;

    public BankFormatException(BankProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public BankProblem problem() {
        return problem;
    }
}
