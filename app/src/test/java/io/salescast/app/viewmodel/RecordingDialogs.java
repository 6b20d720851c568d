package io.salescast.app.viewmodel;

import io.salescast.app.infra.DialogService;
import io.salescast.app.infra.UserError;
import java.util.ArrayList;
import java.util.List;

/** A dialog service for tests: records what would have been shown, confirms as told. */
final class RecordingDialogs implements DialogService {

    final List<UserError> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    boolean confirmAnswer = true;

    @Override
    public void showError(UserError error) {
        errors.add(error);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        return confirmAnswer;
    }
}
