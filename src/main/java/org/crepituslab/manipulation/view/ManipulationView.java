package org.crepituslab.manipulation.view;

import javafx.scene.layout.VBox;
import org.crepituslab.framework.ScreenView;
import org.crepituslab.manipulation.model.ManipulationModel;

public final class ManipulationView extends ScreenView {
    public ManipulationView(ManipulationModel model) {
        super(model);
        layoutStandard(new VBox(), null);
    }
}
