package dev.eschess.benchmarks.comparison;

import java.nio.file.Path;
import java.util.List;

/**
 * A setting that must be the same in both variants for their figures to compare, or whose difference the report
 * explains (issue 14 point 4). Each side's value is the first of its sources that yields one.
 *
 * @param id         the key of the explanation, {@code fair:ID} in {@code comparison/verdicts.md}
 * @param setting    the setting in words
 * @param handrolled where the hand-rolled value is read, in order
 * @param axon       where the Axon value is read, in order
 */
record FairSetting(String id, String setting, List<SettingSource> handrolled, List<SettingSource> axon) {

    /** The first value of {@code sources}; throws {@link MissingRegion} if none yields one. */
    static String valueOf(Path root, List<SettingSource> sources, String setting) {
        return sources.stream().flatMap(source -> source.read(root).stream()).findFirst()
                .orElseThrow(() -> new MissingRegion("no value found for the fair setting '" + setting + "' in "
                        + sources));
    }
}
