/**
 * The given-when-then specification of the game as data: {@link dev.eschess.game.scenario.ScenarioCatalogue}
 * lists every {@link dev.eschess.game.scenario.Scenario}; both variants run all of them unchanged, and
 * {@link dev.eschess.game.scenario.ScenarioMarkdown} renders them as {@code docs/scenarios.md}.
 */
package dev.eschess.game.scenario;
