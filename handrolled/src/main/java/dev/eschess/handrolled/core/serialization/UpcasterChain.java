package dev.eschess.handrolled.core.serialization;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All upcasters, keyed by (type name, schema version): a payload of version 1 passes 1 -> 2 -> 3 ... up to the
 * current version, one step at a time. A missing step is a programming error that fails loudly.
 */
public final class UpcasterChain {

    private final Map<Key, Upcaster> steps;

    /** A chain of the given upcasters; rejects two upcasters for the same step. */
    public UpcasterChain(List<? extends Upcaster> upcasters) {
        Map<Key, Upcaster> byKey = new HashMap<>();
        for (Upcaster upcaster : upcasters) {
            Key key = new Key(upcaster.typeName(), upcaster.fromSchemaVersion());
            if (byKey.putIfAbsent(key, upcaster) != null) {
                throw new IllegalArgumentException("two upcasters for " + key);
            }
        }
        this.steps = Map.copyOf(byKey);
    }

    /** A chain without upcasters, for event types that never changed. */
    public static UpcasterChain none() {
        return new UpcasterChain(List.of());
    }

    // tag::tour-upcaster-chain[]
    /** The payload brought from {@code fromVersion} to {@code toVersion}. */
    public ObjectNode upcast(String typeName, int fromVersion, int toVersion, ObjectNode payload) {
        ObjectNode current = payload;
        for (int version = fromVersion; version < toVersion; version++) {
            Upcaster step = steps.get(new Key(typeName, version));
            if (step == null) {
                throw new CorruptEventException("no upcaster for " + typeName + " from schema version " + version);
            }
            current = step.upcast(current);
        }
        return current;
    }
    // end::tour-upcaster-chain[]

    private record Key(String typeName, int fromSchemaVersion) {
    }
}
