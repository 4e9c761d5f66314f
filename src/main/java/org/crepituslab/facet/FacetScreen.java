package org.crepituslab.facet;

import org.crepituslab.facet.model.JointModel;
import org.crepituslab.facet.view.FacetView;
import org.crepituslab.framework.Screen;
import org.crepituslab.framework.ScreenView;

/** Facet joint: stretch a spinal facet joint until it pops, and see why it cannot pop again at once. */
public final class FacetScreen implements Screen<JointModel> {
    @Override
    public String id() {
        return "facet";
    }

    @Override
    public JointModel createModel() {
        return new JointModel();
    }

    @Override
    public ScreenView createView(JointModel model) {
        return new FacetView(model);
    }

    /** A standard stretch every 1.5 s with fast re-dissolution, so every stretch pops. */
    @Override
    public void makeBusy(JointModel model) {
        model.makeBusy();
    }
}
