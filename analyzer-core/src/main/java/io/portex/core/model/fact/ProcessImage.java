package io.portex.core.model.fact;

import io.portex.core.model.SourceRange;

/**
 * The image name of a process id ({@code tasklist}).
 *
 * @param pid process id
 * @param image image name, e.g. {@code w3wp.exe}
 */
public record ProcessImage(int pid, String image, SourceRange source) implements Fact {}
