package org.crepituslab.quiz.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** What the learner answered; one record per kind of answer. */
public sealed interface Response {
    /** A single choice (single, sound). */
    record Pick(String choiceId) implements Response {
    }

    /** Every ticked choice (multiple). */
    record Picks(Set<String> choiceIds) implements Response {
        public Picks {
            choiceIds = Set.copyOf(choiceIds);
        }
    }

    /** True or false. */
    record Verdict(boolean value) implements Response {
    }

    /** A typed number (numeric). */
    record Number(double value) implements Response {
    }

    /** Item ids in the learner's order (ordering). */
    record Order(List<String> itemIds) implements Response {
        public Order {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** For each pair of the question, in bank order, the right the learner chose (null = none). */
    record Matches(List<String> rights) implements Response {
        public Matches {
            rights = Collections.unmodifiableList(new ArrayList<>(rights));
        }
    }

    /** A simulation task: whether the goal was reached, and the follow-up pick (or null). */
    record Task(boolean goalMet, String followUpChoiceId) implements Response {
    }

    /** Typed text (short answer). */
    record Text(String value) implements Response {
    }

    /** What was put in each gap of a cloze, in gap order (null = left empty). */
    record Blanks(List<String> values) implements Response {
        public Blanks {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** An essay and the learner's own rating of it against the model answer (0, 0.5 or 1). */
    record SelfAssessed(String text, double rating) implements Response {
    }

    /** A description was read. */
    record Read() implements Response {
    }
}
