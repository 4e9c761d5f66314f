package org.crepituslab.quiz.bank;

import java.util.List;
import org.crepituslab.quiz.model.Bank;

/**
 * The result of a GIFT import: the bank (null when nothing could be imported; then
 * {@code fatal} says why) and every construct skipped or changed, with its line.
 */
public record GiftResult(Bank bank, List<GiftIssue> skipped, BankProblem fatal) {
    public GiftResult {
        skipped = List.copyOf(skipped);
    }

    public boolean ok() {
        return bank != null;
    }
}
