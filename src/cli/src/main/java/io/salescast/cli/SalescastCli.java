package io.salescast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point and composition root of the {@code salescast} command line. Each subcommand is one
 * class; this class only wires them and maps errors to exit codes.
 */
@Command(name = "salescast",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sales forecasting workbench, headless: import spreadsheets, forecast, explain, report.",
        subcommands = {
            CommandLine.HelpCommand.class,
            GenerateSampleCommand.class,
            InspectCommand.class,
            ImportCommand.class,
            ForecastCommand.class,
            BacktestCommand.class,
            RunCommand.class,
            ExplainCommand.class,
            ReportCommand.class
        })
public final class SalescastCli implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Runs the command line and exits with its status. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status (for tests). */
    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new SalescastCli());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
