/**
 * Projects and provenance: the {@link io.salescast.project.Project} file (readable JSON with a
 * format version, saved atomically), running a project through the engine
 * ({@link io.salescast.project.ProjectRunner}), the results and trained models saved beside it,
 * and the {@link io.salescast.project.RunProvenance} of every run.
 */
package io.salescast.project;
