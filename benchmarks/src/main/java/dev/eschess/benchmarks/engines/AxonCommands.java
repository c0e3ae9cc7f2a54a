package dev.eschess.benchmarks.engines;

import dev.eschess.axon.command.CommandReceipt;
import dev.eschess.game.command.GameCommand;
import org.axonframework.commandhandling.GenericCommandMessage;

/**
 * Commands sent to the Axon server's aggregate through Axon's command gateway and {@code SimpleCommandBus}, as the
 * Axon server's {@code AxonGameCommands} sends them (without command id or expected version, like every command here).
 */
final class AxonCommands implements CommandPath {

    private final AxonGames axon;

    AxonCommands(AxonSetup setup) {
        this.axon = new AxonGames(setup);
    }

    @Override
    public void newGame() {
        axon.empty();
    }

    @Override
    public long send(GameCommand command) {
        CommandReceipt receipt = axon.gateway().sendAndWait(GenericCommandMessage.asCommandMessage(command));
        return receipt.currentVersion();
    }

    @Override
    public void close() {
        axon.close();
    }
}
