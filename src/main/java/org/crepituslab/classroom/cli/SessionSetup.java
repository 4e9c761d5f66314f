package org.crepituslab.classroom.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crepituslab.classroom.ClassroomText;
import org.crepituslab.classroom.model.ClassQuestion;
import org.crepituslab.classroom.model.ClassQuestions;
import org.crepituslab.classroom.model.ClassSession;
import org.crepituslab.classroom.model.SavedSession;
import org.crepituslab.classroom.model.Secrets;
import org.crepituslab.classroom.model.SessionState;
import org.crepituslab.framework.cli.UsageException;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.Question;

/** The bank, the questions and the session of a command-line run, or a usage error naming the flag. */
final class SessionSetup {
    private SessionSetup() {
    }

    static Bank bank(String spec, ClassroomText text) throws UsageException {
        LoadResult r = spec.equals("builtin") ? BankLoader.loadBuiltin(text.locale()) : BankLoader.load(Path.of(spec));
        if (!r.ok()) {
            throw new UsageException("--bank: " + spec + " is not a valid bank: " + r.problems().get(0));
        }
        return r.source().bank();
    }

    /** "--questions": a count or ids; null means every question a class can answer. */
    static List<Question> questions(Bank bank, String spec, long seed) throws UsageException {
        List<Question> eligible = ClassQuestions.eligible(bank.questions());
        if (eligible.isEmpty()) {
            throw new UsageException("--bank: none of its questions can be answered from a phone");
        }
        if (spec == null) {
            return ClassQuestions.first(bank, eligible.size(), seed);
        }
        if (spec.matches("\\d+")) {
            int n = Integer.parseInt(spec);
            if (n < 1) {
                throw new UsageException("--questions must be at least 1, got " + spec);
            }
            return ClassQuestions.first(bank, n, seed);
        }
        List<Question> out = new ArrayList<>();
        for (String id : spec.split(",", -1)) {
            Question q = bank.question(id.strip()).orElseThrow(() -> new UsageException(
                    "--questions: the bank has no question \"" + id.strip() + "\""));
            if (!ClassQuestion.eligible(q)) {
                throw new UsageException("--questions: \"" + q.id() + "\" is a " + q.type().id()
                        + " question, which a class cannot answer from a phone");
            }
            if (out.contains(q)) {
                throw new UsageException("--questions: \"" + q.id() + "\" is listed twice");
            }
            out.add(q);
        }
        return out;
    }

    static List<ClassQuestion> classQuestions(Bank bank, List<Question> qs, long seed, ClassroomText text) {
        return ClassQuestions.of(bank, qs, seed, text.questionWords());
    }

    /**
     * A session saved beside the results file that has not ended and whose questions are all in
     * the bank is carried on; otherwise a new one starts.
     */
    static Optional<ClassSession> resume(Bank bank, Optional<SavedSession> saved, long seed, ClassroomText text) {
        if (saved.isEmpty() || saved.get().state() == SessionState.ENDED) {
            return Optional.empty();
        }
        List<Question> qs = new ArrayList<>();
        for (String id : saved.get().questionIds()) {
            Optional<Question> q = bank.question(id);
            if (q.isEmpty() || !ClassQuestion.eligible(q.get())) {
                return Optional.empty();
            }
            qs.add(q.get());
        }
        return Optional.of(ClassSession.restore(saved.get(), classQuestions(bank, qs, seed, text),
                System::currentTimeMillis));
    }

    static ClassSession fresh(Bank bank, List<Question> qs, long seed, ClassroomText text) {
        return new ClassSession(Secrets.joinCode(), classQuestions(bank, qs, seed, text), System::currentTimeMillis);
    }
}
