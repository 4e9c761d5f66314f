/**
 * What every screen builds on: the Screen declaration, the clock (one AnimationTimer turning nanoseconds into dt for model.step then view.step), ScreenView, canvas panes, controls, preferences, themes and colours (AppColors, AnatomyColors), strings. Knows no screen and not the app.
 */
package org.crepituslab.framework;
