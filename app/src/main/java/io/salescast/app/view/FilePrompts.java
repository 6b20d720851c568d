package io.salescast.app.view;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks the user for files. The app uses the system dialogs; UI tests answer with fixed paths. */
public interface FilePrompts {

    /**
     * A file type.
     *
     * @param description e.g. "Excel workbooks (*.xlsx)"
     * @param patterns    e.g. "*.xlsx"
     */
    record Filter(String description, List<String> patterns) {
    }

    /** A file to open, or null when cancelled. */
    Path open(String title, List<Filter> filters);

    /** A file to write, or null when cancelled; the extension of the first filter is added when missing. */
    Path save(String title, String initialName, List<Filter> filters);

    /** The system file dialogs owned by {@code owner}. */
    static FilePrompts system(Supplier<Window> owner) {
        return new FilePrompts() {
            @Override
            public Path open(String title, List<Filter> filters) {
                File f = chooser(title, filters).showOpenDialog(owner.get());
                return f == null ? null : f.toPath();
            }

            @Override
            public Path save(String title, String initialName, List<Filter> filters) {
                FileChooser fc = chooser(title, filters);
                fc.setInitialFileName(initialName);
                File f = fc.showSaveDialog(owner.get());
                if (f == null) {
                    return null;
                }
                String ext = filters.get(0).patterns().get(0).replace("*", "");
                return f.getName().contains(".") ? f.toPath() : Path.of(f.getPath() + ext);
            }

            private FileChooser chooser(String title, List<Filter> filters) {
                FileChooser fc = new FileChooser();
                fc.setTitle(title);
                for (Filter f : filters) {
                    fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.patterns()));
                }
                return fc;
            }
        };
    }
}
