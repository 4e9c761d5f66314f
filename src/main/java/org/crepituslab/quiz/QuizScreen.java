package org.crepituslab.quiz;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.framework.Strings;
import org.crepituslab.quiz.bank.BankLoader;
import org.crepituslab.quiz.bank.LoadResult;
import org.crepituslab.quiz.model.Bank;
import org.crepituslab.quiz.model.BankSource;
import org.crepituslab.quiz.model.Behaviour;
import org.crepituslab.quiz.model.Phase;
import org.crepituslab.quiz.model.ProgressRepository;
import org.crepituslab.quiz.model.Question;
import org.crepituslab.quiz.model.QuizConstants;
import org.crepituslab.quiz.model.QuizMode;
import org.crepituslab.quiz.model.QuizModel;
import org.crepituslab.quiz.model.QuizSetup;
import org.crepituslab.quiz.model.Responses;
import org.crepituslab.quiz.progress.Profiles;
import org.crepituslab.quiz.progress.ProgressStore;
import org.crepituslab.quiz.view.QuizView;

/** Quiz: check your understanding, practise with spaced repetition, sit tasks on the live simulations. */
public final class QuizScreen implements Screen<QuizModel> {
    public static final String ID = QuizConstants.SCREEN_ID;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public QuizModel createModel() {
        String profile = Profiles.current(ProgressStore.standardFolder());
        return new QuizModel(builtin(), ProgressStore.forProfile(profile), System::currentTimeMillis);
    }

    /**
     * The built-in bank; if it is damaged (it should never be: a test checks it) the quiz still
     * opens with an empty bank and the problems in the log.
     */
    static BankSource builtin() {
        LoadResult r = BankLoader.loadBuiltin(Strings.locale());
        if (r.ok()) {
            return r.source();
        }
        Logger.getLogger(QuizScreen.class.getName()).severe("built-in bank rejected: " + r.problems());
        Bank empty = new Bank(QuizConstants.SCHEMA_VERSION, "builtin-unavailable", Strings.get("quiz.bank.unavailable"),
                "en", Behaviour.DEFAULT, Map.of(), List.of(), List.of());
        return new BankSource(empty, null, null);
    }

    @Override
    public ScreenView createView(QuizModel model) {
        return new QuizView(model);
    }

    /**
     * Busiest state: a quiz over the whole bank, half of it answered (right), with progress kept in
     * memory so benchmark and fuzz runs never touch the user's files.
     */
    @Override
    public void makeBusy(QuizModel model) {
        model.useRepository(ProgressRepository.inMemory());
        int n = model.bank().questions().size();
        if (n == 0) {
            return;
        }
        model.start(new QuizSetup(List.of(), n, QuizMode.PRACTICE, model.bank().behaviour().feedback(), 1));
        for (int i = 0; i < n / 2 && !model.session().isFinished(); i++) {
            Question q = model.session().current();
            model.select(Responses.correct(q));
            model.check();
            if (!model.session().isFinished() && model.session().phase() == Phase.FEEDBACK) {
                model.next();
            }
        }
    }
}
