package org.crepituslab.learn;

import org.crepituslab.framework.contract.ScreenContract;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.learn.model.LearnModel;
import org.crepituslab.learn.view.LearnView;

/** Learn: harmless or warning sign? The seed content and an interactive checklist. */
public final class LearnScreen implements Screen<LearnModel> {
    @Override
    public String id() {
        return "learn";
    }

    @Override
    public LearnModel createModel() {
        return new LearnModel();
    }

    @Override
    public ScreenView createView(LearnModel model) {
        return new LearnView(model);
    }

    @Override
    public ScreenContract contract() {
        return LearnContract.CONTRACT;
    }
}
