package org.crepituslab.quiz.bank;

import java.util.List;
import org.crepituslab.quiz.model.BankSource;

/** A loaded bank, or every problem that stopped it loading (then {@code source} is null). */
public record LoadResult(BankSource source, List<BankProblem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return source != null;
    }

    static LoadResult failed(BankProblem problem) {
        return new LoadResult(null, List.of(problem));
    }
}
