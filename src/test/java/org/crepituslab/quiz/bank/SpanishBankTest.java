package org.crepituslab.quiz.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Choice;
import org.crepituslab.quiz.model.ChoiceFairness;
import org.crepituslab.quiz.model.MatchingQuestion;
import org.crepituslab.quiz.model.MultipleChoiceQuestion;
import org.crepituslab.quiz.model.NumericQuestion;
import org.crepituslab.quiz.model.OrderingQuestion;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuestionInfo;
import org.crepituslab.quiz.model.QuestionType;
import org.crepituslab.quiz.model.SimulationQuestion;
import org.crepituslab.quiz.model.SingleChoiceQuestion;
import org.crepituslab.quiz.model.SoundQuestion;
import org.crepituslab.quiz.model.Topic;
import org.crepituslab.quiz.model.TrueFalseQuestion;
import org.junit.jupiter.api.Test;

/**
 * The Spanish built-in bank is a translation of the English one and nothing more: the same
 * questions in the same order with the same keys, goals and parameters, so a learner's progress
 * and a teacher's shuffle seed mean the same in both languages. Only the text may differ, and it
 * must: an untranslated prompt would show English in the Spanish quiz.
 */
class SpanishBankTest {
    private static final Path ENGLISH = Path.of("assets/banks/builtin.json");
    private static final Path SPANISH = Path.of("assets/banks/builtin_es.json");

    @Test
    void bothBanksLoadWithoutProblems() {
        Bank en = load(ENGLISH);
        Bank es = load(SPANISH);
        assertEquals("en", en.language());
        assertEquals("es", es.language());
        assertEquals(en.id(), es.id(), "the Spanish bank keeps the English bank's id");
        assertEquals(en.schemaVersion(), es.schemaVersion());
        assertEquals(en.behaviour(), es.behaviour());
        assertEquals(en.uiText().keySet(), es.uiText().keySet());
        assertNotEquals(en.title(), es.title());
    }

    @Test
    void topicsHaveTheSameIdsInTheSameOrderAndSpanishTitles() {
        List<Topic> en = load(ENGLISH).topics();
        List<Topic> es = load(SPANISH).topics();
        assertEquals(en.stream().map(Topic::id).toList(), es.stream().map(Topic::id).toList());
        for (int i = 0; i < en.size(); i++) {
            assertNotEquals(en.get(i).title(), es.get(i).title(), "topic " + en.get(i).id() + " is untranslated");
        }
    }

    @Test
    void questionsAreParallel() {
        List<Question> en = load(ENGLISH).questions();
        List<Question> es = load(SPANISH).questions();
        assertEquals(en.stream().map(Question::id).toList(), es.stream().map(Question::id).toList(),
                "same ids in the same order");
        for (int i = 0; i < en.size(); i++) {
            assertParallel(en.get(i), es.get(i));
        }
    }

    @Test
    void spanishHasTheSameCountOfEveryType() {
        Map<QuestionType, Integer> es = load(SPANISH).countByType();
        assertEquals(load(ENGLISH).countByType(), es);
        // the eight types the built-in bank teaches with (schema 2's imported types are for educators' banks)
        for (QuestionType t : List.of(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUEFALSE,
                QuestionType.NUMERIC, QuestionType.ORDERING, QuestionType.MATCHING, QuestionType.SOUND,
                QuestionType.SIMULATION)) {
            assertTrue(es.getOrDefault(t, 0) >= 8, t.id() + ": " + es.get(t));
        }
    }

    @Test
    void everyPromptExplanationAndTaskIsTranslated() {
        List<Question> en = load(ENGLISH).questions();
        List<Question> es = load(SPANISH).questions();
        List<String> same = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            QuestionInfo a = en.get(i).info();
            QuestionInfo b = es.get(i).info();
            if (a.prompt().equals(b.prompt())) {
                same.add(a.id() + " prompt");
            }
            if (a.explanation().equals(b.explanation())) {
                same.add(a.id() + " explanation");
            }
            if (en.get(i) instanceof SimulationQuestion s && s.task().equals(((SimulationQuestion) es.get(i)).task())) {
                same.add(a.id() + " task");
            }
        }
        assertTrue(same.isEmpty(), "untranslated: " + same);
    }

    @Test
    void translatingKeepsTheRightAnswersFromBeingTheLongestChoice() {
        ChoiceFairness f = ChoiceFairness.of(load(SPANISH));
        assertTrue(f.longestCorrectShare() <= 1.0 / 3.0,
                f.longestIsRight() + " of " + f.choiceQuestions() + " right answers are the longest choice");
    }

    private static void assertParallel(Question en, Question es) {
        String id = en.id();
        assertEquals(en.type(), es.type(), id);
        QuestionInfo a = en.info();
        QuestionInfo b = es.info();
        assertEquals(a.topics(), b.topics(), id + " topics");
        assertEquals(a.difficulty(), b.difficulty(), id + " difficulty");
        assertEquals(a.image(), b.image(), id + " image");
        assertEquals(a.showMe(), b.showMe(), id + " showMe");
        assertEquals(a.source() == null, b.source() == null, id + " source");
        if (en instanceof SingleChoiceQuestion s) {
            SingleChoiceQuestion t = (SingleChoiceQuestion) es;
            assertEquals(ids(s.choices()), ids(t.choices()), id + " choices");
            assertEquals(s.answer(), t.answer(), id + " answer");
        } else if (en instanceof MultipleChoiceQuestion m) {
            MultipleChoiceQuestion t = (MultipleChoiceQuestion) es;
            assertEquals(ids(m.choices()), ids(t.choices()), id + " choices");
            assertEquals(m.answers(), t.answers(), id + " answers");
        } else if (en instanceof TrueFalseQuestion tf) {
            assertEquals(tf.answer(), ((TrueFalseQuestion) es).answer(), id);
        } else if (en instanceof NumericQuestion n) {
            NumericQuestion t = (NumericQuestion) es;
            assertEquals(n.answer(), t.answer(), id + " answer");
            assertEquals(n.tolerance(), t.tolerance(), id + " tolerance");
            assertEquals(n.unit() == null, t.unit() == null, id + " unit");
        } else if (en instanceof OrderingQuestion o) {
            assertEquals(ids(o.items()), ids(((OrderingQuestion) es).items()), id + " order");
        } else if (en instanceof MatchingQuestion m) {
            assertEquals(m.pairs().size(), ((MatchingQuestion) es).pairs().size(), id + " pairs");
        } else if (en instanceof SoundQuestion s) {
            SoundQuestion t = (SoundQuestion) es;
            assertEquals(s.sound(), t.sound(), id + " sound");
            assertEquals(ids(s.choices()), ids(t.choices()), id + " choices");
            assertEquals(sounds(s.choices()), sounds(t.choices()), id + " choice sounds");
            assertEquals(s.answer(), t.answer(), id + " answer");
        } else if (en instanceof SimulationQuestion s) {
            SimulationQuestion t = (SimulationQuestion) es;
            assertEquals(s.screen(), t.screen(), id + " screen");
            assertEquals(s.goal(), t.goal(), id + " goal");
            assertEquals(s.parameters(), t.parameters(), id + " parameters");
            assertEquals(ids(s.followUpChoices()), ids(t.followUpChoices()), id + " follow-up choices");
            assertEquals(s.followUpAnswer(), t.followUpAnswer(), id + " follow-up answer");
        }
    }

    private static List<String> ids(List<Choice> choices) {
        return choices.stream().map(Choice::id).toList();
    }

    private static List<String> sounds(List<Choice> choices) {
        return choices.stream().map(c -> String.valueOf(c.sound())).toList();
    }

    private static Bank load(Path file) {
        LoadResult r = BankLoader.load(file);
        assertTrue(r.ok(), file + ": " + r.problems());
        return r.source().bank();
    }
}
