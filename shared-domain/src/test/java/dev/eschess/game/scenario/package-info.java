/**
 * The given-when-then specification of the game as data: {@link dev.eschess.game.scenario.ScenarioCatalogue}
 * lists every {@link dev.eschess.game.scenario.Scenario}; it is test code, published in shared-domain's test-jar, and
 * both variants' test suites run all of it unchanged; {@link dev.eschess.game.scenario.ScenarioMarkdown} renders it
 * as {@code docs/scenarios.md}.
 */
package dev.eschess.game.scenario;
