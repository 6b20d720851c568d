package io.salescast.app.infra;

import static org.assertj.core.api.Assertions.assertThat;

import io.salescast.core.Location;
import io.salescast.core.SalescastException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UserErrorTest {

    private final Path log = Path.of("/tmp/salescast.log");

    @Test
    void typedErrorsKeepTheirLocationAndHint() {
        SalescastException e = new SalescastException("Not a number: \"abc\"", "Map the units column to a numeric column.",
                new Location("sales.xlsx", "Orders", 12, "units"), null);
        UserError u = UserError.from("import the file", new RuntimeException(e));
        assertThat(u.title()).isEqualTo("Could not import the file");
        assertThat(u.message()).contains("sales.xlsx", "Orders", "row 12", "units", "Not a number");
        assertThat(u.whatToDo()).isEqualTo("Map the units column to a numeric column.");
        assertThat(u.details()).contains("SalescastException");
    }

    @Test
    void missingFilesAndUnexpectedErrorsSayWhatToDo() {
        UserError missing = UserError.from("open the project", new NoSuchFileException("/x/p.salescast"));
        assertThat(missing.message()).contains("/x/p.salescast");
        UserError bug = UserError.from("train", new IllegalStateException("boom"), log);
        assertThat(bug.message()).contains("boom");
        assertThat(bug.whatToDo()).contains(log.toString());
    }
}
