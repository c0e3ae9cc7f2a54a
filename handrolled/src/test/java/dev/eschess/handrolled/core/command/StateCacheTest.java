package dev.eschess.handrolled.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StateCacheTest {

    @Test
    void anOlderVersionNeverReplacesANewerOne() {
        StateCache<String> cache = new StateCache<>(10);
        cache.offer("s", new VersionedState<>("after five", 5));

        cache.offer("s", new VersionedState<>("after three", 3));

        assertThat(cache.get("s")).contains(new VersionedState<>("after five", 5));
    }

    @Test
    void theLeastRecentlyUsedStreamMakesRoomBeyondTheCapacity() {
        StateCache<String> cache = new StateCache<>(2);
        cache.offer("a", new VersionedState<>("a", 1));
        cache.offer("b", new VersionedState<>("b", 1));
        cache.get("a");

        cache.offer("c", new VersionedState<>("c", 1));

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("c")).isPresent();
    }

    @Test
    void aCacheOfNoneHoldsNothing() {
        StateCache<String> cache = StateCache.none();

        cache.offer("s", new VersionedState<>("x", 1));

        assertThat(cache.get("s")).isEmpty();
    }
}
