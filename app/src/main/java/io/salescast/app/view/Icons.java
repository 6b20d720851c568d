package io.salescast.app.view;

import io.salescast.app.viewmodel.Page;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Feather icons (vector font glyphs, sharp at any scale) for pages and actions. */
public final class Icons {

    private Icons() {
    }

    /** An icon of {@code size} pixels. */
    public static FontIcon of(Ikon ikon, int size) {
        FontIcon i = new FontIcon(ikon);
        i.setIconSize(size);
        i.getStyleClass().add("icon");
        return i;
    }

    /** A 16 px icon. */
    public static FontIcon of(Ikon ikon) {
        return of(ikon, 16);
    }

    /** The navigation icon of a page. */
    public static FontIcon forPage(Page p) {
        return of(switch (p) {
            case START -> Feather.HOME;
            case IMPORT -> Feather.UPLOAD;
            case DATA -> Feather.DATABASE;
            case FEATURES -> Feather.SLIDERS;
            case MODELS -> Feather.CPU;
            case TRAINING -> Feather.ACTIVITY;
            case RESULTS -> Feather.TRENDING_UP;
        });
    }
}
