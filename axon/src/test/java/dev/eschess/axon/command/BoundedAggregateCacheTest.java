package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class BoundedAggregateCacheTest {

    @Test
    void givenAFullCache_whenOneMoreEntryIsPut_thenItHoldsNoMoreThanItsMaximum() {
        BoundedAggregateCache cache = new BoundedAggregateCache(3);

        for (int game = 0; game < 10; game++) {
            cache.put("game-" + game, "aggregate-" + game);
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void givenAnEntry_whenItIsRemoved_thenItIsGoneAndRemovingAgainSaysSo() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        cache.put("game", "aggregate");

        assertThat(cache.<String, String>get("game")).isEqualTo("aggregate");
        assertThat(cache.remove("game")).isTrue();
        assertThat(cache.containsKey("game")).isFalse();
        assertThat(cache.<String, String>get("game")).isNull();
        assertThat(cache.remove("game")).isFalse();
    }

    @Test
    void givenAnEntry_whenPutIfAbsentIsCalledForItsKey_thenTheFirstValueStays() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);

        assertThat(cache.putIfAbsent("game", "first")).isTrue();
        assertThat(cache.putIfAbsent("game", "second")).isFalse();
        assertThat(cache.<String, String>get("game")).isEqualTo("first");
    }

    @Test
    void givenAListener_whenEntriesAreCreatedUpdatedAndRemoved_thenItHearsEachUntilItIsCancelled() {
        BoundedAggregateCache cache = new BoundedAggregateCache(10);
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }
        });

        cache.put("game", "v1");
        cache.put("game", "v2");
        cache.remove("game");
        registration.cancel();
        cache.put("other", "v1");

        assertThat(heard).containsExactly("created game", "updated game", "removed game");
    }

    @Test
    void aCacheWithoutRoomIsRefused() {
        assertThatThrownBy(() -> new BoundedAggregateCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
