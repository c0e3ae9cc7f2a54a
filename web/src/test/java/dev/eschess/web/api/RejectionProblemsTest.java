package dev.eschess.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.game.RejectionReason;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectionProblemsTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource({
            "GAME_NOT_FOUND, 404, game-not-found",
            "GAME_ALREADY_EXISTS, 409, version-conflict",
            "INVALID_PLAYER_NAME, 400, malformed-request",
            "MALFORMED_START_POSITION, 400, malformed-request",
            "INVALID_START_POSITION, 422, invalid-position",
            "GAME_FULL, 409, game-full",
            "ALREADY_SEATED, 409, already-seated",
            "NOT_A_PLAYER, 401, unauthorized",
            "GAME_NOT_STARTED, 409, game-not-active",
            "GAME_FINISHED, 409, game-not-active",
            "NOT_YOUR_TURN, 409, not-your-turn",
            "INVALID_NOTATION, 400, malformed-request",
            "ILLEGAL_MOVE, 422, illegal-move",
            "AMBIGUOUS_MOVE, 422, illegal-move",
            "DRAW_ALREADY_OFFERED, 409, draw-already-offered",
            "DRAW_OFFER_NEEDS_A_MOVE, 409, draw-offer-needs-a-move",
            "GAME_TOO_LONG, 409, game-too-long",
            "NO_DRAW_OFFER, 409, no-draw-offer",
            "OWN_DRAW_OFFER, 409, own-draw-offer",
            "DRAW_CLAIM_NOT_AVAILABLE, 422, draw-claim-not-available",
            "ONLY_CREATOR_CAN_ABORT, 409, game-not-active",
            "GAME_ALREADY_STARTED, 409, game-not-active",
            "INVALID_TIME_CONTROL, 400, malformed-request",
            "NO_CLOCK, 409, time-remains",
            "TIME_REMAINS, 409, time-remains"
    })
    void everyRejectionReasonHasOneStatusAndCode(RejectionReason reason, int status, String code) {
        ProblemCode problem = RejectionProblems.codeFor(reason);

        assertThat(problem.status().value()).isEqualTo(status);
        assertThat(problem.code()).isEqualTo(code);
    }

    @Test
    void theTableAboveCoversEveryReason() {
        assertThat(RejectionReason.values()).hasSize(25);
    }

    @Test
    void everyErrorCodeOfTheIssueExists() {
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::code).collect(Collectors.toSet());

        assertThat(codes).contains("malformed-request", "unauthorized", "game-not-found", "not-your-turn",
                "game-not-active", "game-full", "already-seated", "no-draw-offer", "draw-already-offered",
                "own-draw-offer", "version-conflict", "version-mismatch", "illegal-move", "invalid-position",
                "draw-claim-not-available");
    }

    @Test
    void problemCodesAreUnique() {
        assertThat(Arrays.stream(ProblemCode.values()).map(ProblemCode::code)).doesNotHaveDuplicates();
    }
}
