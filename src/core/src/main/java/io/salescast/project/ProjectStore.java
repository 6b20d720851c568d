package io.salescast.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes project files: readable JSON with a {@code formatVersion}, written
 * atomically. Files of older format versions are migrated on reading; files of a newer version or
 * not a project at all are refused with a clear message.
 * <p>
 * Format history: version 1 (Salescast 0.1) is the first. Version 2 adds {@code source.attributes}
 * (product attributes joined from another sheet or file, {@link AttributeSource}). A project that
 * does not use it is still written as version 1, so that older builds keep opening it; one that
 * does is written as version 2, so that older builds refuse it rather than silently drop the
 * attributes. Fields added later within a version are optional and take their defaults when absent.
 */
public final class ProjectStore {

    /** Format version this build writes. */
    public static final int FORMAT_VERSION = 2;
    /** Oldest format version this build reads. */
    public static final int OLDEST_READABLE = 1;

    private ProjectStore() {
    }

    /**
     * Reads a project file.
     *
     * @throws ProjectException when the file is missing, not JSON, not a project, of a newer
     *                          format, or has invalid settings
     */
    public static Project load(Path file) {
        String name = file.getFileName().toString();
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ProjectException("The project file does not exist.", "Check the path.", file.toString(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectException("The project file is not valid JSON (line " + e.getLocation().getLineNr() + ").",
                    "Fix the file or save the project again from Salescast.", name, e);
        } catch (IOException e) {
            throw new ProjectException("The project file cannot be read: " + e.getMessage(), "Check the file's permissions.",
                    name, e);
        }
        if (!(tree instanceof ObjectNode obj) || !obj.has("formatVersion") || !obj.has("source")) {
            throw new ProjectException("This is not a Salescast project file (no formatVersion or source).",
                    "Open a .json project saved by Salescast, e.g. samples/sample-store.json.", name, null);
        }
        int version = obj.get("formatVersion").asInt(-1);
        if (version > FORMAT_VERSION) {
            throw new ProjectException("The project was saved by a newer Salescast (format version " + version
                    + "; this version reads up to " + FORMAT_VERSION + ").", "Update Salescast to open it.", name, null);
        }
        if (version < OLDEST_READABLE) {
            throw new ProjectException("The project's format version " + version + " is not supported (oldest readable: "
                    + OLDEST_READABLE + ").", "Recreate the project in this version.", name, null);
        }
        migrate(obj, version);
        try {
            return Json.mapper().treeToValue(obj, Project.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String msg = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ProjectException("The project file has an invalid setting: " + msg + ".",
                    "Fix the setting or save the project again from Salescast.", name, e);
        }
    }

    /** The oldest format version that holds everything a project uses. */
    public static int versionNeeded(Project project) {
        return project.source().attributes() != null ? 2 : 1;
    }

    /** Writes a project file atomically with the oldest format version that holds all of it. */
    public static void save(Project project, Path file) {
        int version = versionNeeded(project);
        Project current = project.formatVersion() == version ? project : new Project(version, project.name(),
                project.source(), project.frequency(), project.features(), project.models(), project.fallback(),
                project.horizon(), project.levels(), project.windows(), project.step(), project.selectBy(), project.seed(),
                project.threads());
        try {
            Json.writeAtomically(file, Json.mapper().writeValueAsString(current) + System.lineSeparator());
        } catch (IOException e) {
            throw new ProjectException("The project cannot be saved: " + e.getMessage(), "Check that the folder is writable.",
                    file.toString(), e);
        }
    }

    /** Brings an older tree up to {@link #FORMAT_VERSION}, step by step. */
    static void migrate(ObjectNode tree, int fromVersion) {
        // Version 2 only added the optional source.attributes: a version 1 tree reads as it is
        // (no attributes). A later version adds its rewriting step here, e.g. "if (fromVersion < 3)".
        tree.put("formatVersion", FORMAT_VERSION);
    }
}
