package dev.eschess.game.scenario;

/** The features the scenarios are grouped by, in the order the catalogue and its Markdown present them. */
public enum ScenarioFeature {
    CREATING("Creating a game"),
    JOINING("Joining a game"),
    MOVING("Making moves"),
    CASTLING("Castling"),
    EN_PASSANT("En passant"),
    PROMOTION("Promotion"),
    CUSTOM_START("Games from a custom start position"),
    CHECKMATE("Checkmate"),
    STALEMATE("Stalemate"),
    INSUFFICIENT_MATERIAL("Insufficient material"),
    REPETITION("Repetition: fivefold and threefold"),
    MOVE_COUNT_RULES("The seventy-five-move and fifty-move rules"),
    DRAW_OFFERS("Draw offers"),
    RESIGNATION("Resignation"),
    ABORTING("Aborting a game"),
    CLOCKS("Clocks and flag fall"),
    EVENT_LIMIT("The limit of events per game");

    private final String title;

    ScenarioFeature(String title) {
        this.title = title;
    }

    /** The heading people read. */
    public String title() {
        return title;
    }
}
