package org.crepituslab.quiz.model;

import java.util.HashMap;
import java.util.Map;

/** Everything one profile has done, per bank id. Immutable: each change returns a new Progress. */
public record Progress(Map<String, BankProgress> banks) {
    public static final Progress EMPTY = new Progress(Map.of());

    public Progress {
        banks = Map.copyOf(banks);
    }

    public BankProgress bank(String bankId) {
        return banks.getOrDefault(bankId, BankProgress.EMPTY);
    }

    public Progress with(String bankId, BankProgress progress) {
        Map<String, BankProgress> copy = new HashMap<>(banks);
        copy.put(bankId, progress);
        return new Progress(copy);
    }
}
