package org.crepituslab.classroom.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.Response;
import org.crepituslab.quiz.model.Scoring;
import org.crepituslab.quiz.model.SeededShuffle;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.TrueFalseQuestion;

/**
 * A bank question as a class answers it: the options students see (shuffled with the session's
 * seed, as the quiz shuffles them), the grading (the quiz's own scoring) and the right answer to
 * reveal. A simulation task is demonstrated on the projector, so the class answers its follow-up
 * choice; a sound plays on the projector and the class picks from its choices.
 */
public final class ClassQuestion {
    private final Question question;
    private final String prompt;
    private final List<Option> options;

    private ClassQuestion(Question question, String prompt, List<Option> options) {
        this.question = question;
        this.prompt = prompt;
        this.options = List.copyOf(options);
    }

    /** Whether a class can answer this question from a phone (matching, typed text, essays cannot). */
    public static boolean eligible(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE, TRUEFALSE, NUMERIC, ORDERING, SOUND -> true;
            case SIMULATION -> ((SimulationQuestion) q).hasFollowUp();
            default -> false;
        };
    }

    /**
     * @param shuffleChoices the bank's behaviour: whether choices appear in seeded random order
     * @param words          "True", "False" and a follow-up question in the session's language
     */
    public static ClassQuestion of(Question q, long seed, boolean shuffleChoices, QuestionWords words) {
        if (!eligible(q)) {
            throw new IllegalArgumentException("a class cannot answer a " + q.type().id() + " question (" + q.id() + ")");
        }
        List<Choice> choices = switch (q.type()) {
            case SINGLE -> ((SingleChoiceQuestion) q).choices();
            case MULTIPLE -> ((MultipleChoiceQuestion) q).choices();
            case SOUND -> ((SoundQuestion) q).choices();
            case SIMULATION -> ((SimulationQuestion) q).followUpChoices();
            case ORDERING -> SeededShuffle.derange(((OrderingQuestion) q).items(), seed, q.id());
            case TRUEFALSE -> List.of(new Choice("true", words.trueText()), new Choice("false", words.falseText()));
            default -> List.of();
        };
        boolean shuffle = shuffleChoices && q.type() != QuestionType.TRUEFALSE && q.type() != QuestionType.ORDERING;
        List<Choice> shown = shuffle ? SeededShuffle.shuffle(choices, seed, q.id()) : choices;
        // a task prompt ("make the tendon snap") asks nothing by itself once it is demonstrated
        String prompt = q.type() == QuestionType.SIMULATION && !q.prompt().contains("?")
                ? q.prompt() + " " + words.followUp() : q.prompt();
        return new ClassQuestion(q, prompt, shown.stream().map(c -> new Option(c.id(), c.text())).toList());
    }

    public Question question() {
        return question;
    }

    public String id() {
        return question.id();
    }

    /** The contract's type word: single, multiple, truefalse, numeric, ordering, sound or simulation. */
    public String type() {
        return question.type().id();
    }

    /** The question as students read it (a simulation task's prompt with its follow-up question). */
    public String prompt() {
        return prompt;
    }

    public List<Option> options() {
        return options;
    }

    public boolean hasOption(String id) {
        return options.stream().anyMatch(o -> o.id().equals(id));
    }

    /** The quiz's score (0 to 1); a simulation's follow-up is graded as the single choice it is here. */
    public double grade(Response r) {
        if (question instanceof SimulationQuestion s && r instanceof Response.Pick p) {
            return s.followUpAnswer().equals(p.choiceId()) ? 1 : 0;
        }
        return Scoring.score(question, r);
    }

    /** Ids of the right options (in the right order for an ordering; none for a number). */
    public List<String> correctIds() {
        if (question instanceof SingleChoiceQuestion s) {
            return List.of(s.answer());
        }
        if (question instanceof MultipleChoiceQuestion m) {
            return options.stream().map(Option::id).filter(m.answers()::contains).toList();
        }
        if (question instanceof TrueFalseQuestion t) {
            return List.of(Boolean.toString(t.answer()));
        }
        if (question instanceof SoundQuestion s) {
            return List.of(s.answer());
        }
        if (question instanceof SimulationQuestion s) {
            return List.of(s.followUpAnswer());
        }
        if (question instanceof OrderingQuestion o) {
            return o.items().stream().map(Choice::id).toList();
        }
        return List.of();
    }

    /** The right answer as text: the right options' texts, the order, or the number with its tolerance. */
    public String correctText() {
        if (question instanceof NumericQuestion n) {
            return NumberText.of(n.answer()) + (n.tolerance() > 0 ? " \u00b1 " + NumberText.of(n.tolerance()) : "")
                    + (n.unit() == null ? "" : " " + n.unit());
        }
        String sep = question instanceof OrderingQuestion ? " \u2192 " : "; ";
        return correctIds().stream().map(this::optionText).collect(Collectors.joining(sep));
    }

    /** An answer as text for the results: option texts, the order, or the number typed. */
    public String describe(Response r) {
        if (r instanceof Response.Pick p) {
            return optionText(p.choiceId());
        }
        if (r instanceof Response.Verdict v) {
            return optionText(Boolean.toString(v.value()));
        }
        if (r instanceof Response.Picks p) {
            return options.stream().map(Option::id).filter(p.choiceIds()::contains).map(this::optionText)
                    .collect(Collectors.joining("; "));
        }
        if (r instanceof Response.Order o) {
            return o.itemIds().stream().map(this::optionText).collect(Collectors.joining(" \u2192 "));
        }
        if (r instanceof Response.Number n) {
            return NumberText.of(n.value());
        }
        return String.valueOf(r);
    }

    /** The ids an answer picked, for the histogram (a number or an ordering picks none). */
    public static Set<String> picked(Response r) {
        if (r instanceof Response.Pick p) {
            return Set.of(p.choiceId());
        }
        if (r instanceof Response.Verdict v) {
            return Set.of(Boolean.toString(v.value()));
        }
        if (r instanceof Response.Picks p) {
            return p.choiceIds();
        }
        return Set.of();
    }

    /** Whether the histogram counts options (choice questions) or right/partly/wrong (numbers, orderings). */
    public boolean tallyByOption() {
        return !(question instanceof NumericQuestion || question instanceof OrderingQuestion);
    }

    private String optionText(String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }

    /** Options as id → text, for the results. */
    public Map<String, String> optionTexts() {
        Map<String, String> m = new LinkedHashMap<>();
        options.forEach(o -> m.put(o.id(), o.text()));
        return m;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s)", id(), type());
    }

    static List<String> ids(List<ClassQuestion> qs) {
        List<String> out = new ArrayList<>();
        qs.forEach(q -> out.add(q.id()));
        return out;
    }
}
