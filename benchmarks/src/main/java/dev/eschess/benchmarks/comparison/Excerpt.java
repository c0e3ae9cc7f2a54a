package dev.eschess.benchmarks.comparison;

import java.util.Objects;

/**
 * A tagged region of real source shown in the report: the lines between {@code // tag::TAG[]} and
 * {@code // end::TAG[]} of {@code path} (relative to the repository root), checked by DocumentationSnippetsTest.
 */
record Excerpt(String path, String tag) {

    Excerpt {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tag, "tag");
    }
}
