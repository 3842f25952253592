// npm run remind -- <item-id>: sends a meeting's or check's current reminder now, to the conversations the bot
// has stored (locally: the Agents Playground's). In development, when no recipient has talked to the bot yet,
// every stored conversation gets it, so a newcomer sees a card at once. It sends through the scheduler's
// PoliteSender (the same limiter and retries; the adapter's connector client makes one request per attempt).
import { loadConfig } from "../config";
import { createLogger } from "../logger";
import { Directory } from "../domain/directory";
import { createAdapter } from "../teams/adapter";
import { TableCheckLog } from "../storage/checkLog";
import { TableAgendaStore } from "../storage/agendaStore";
import { TableConversationStore } from "../storage/conversationStore";
import { adapterDeliver } from "../scheduler/deliver";
import { remindNow } from "../scheduler/remindNow";
import { PoliteSender } from "../scheduler/sender";
import { fail, storeFromEnv, storageErrorMessage } from "./storageFromEnv";

async function main(args: string[]): Promise<void> {
  const itemId = args.find((a) => !a.startsWith("--"));
  if (!itemId) fail("Brug: npm run remind -- <id på møde eller kontrol>   (fx mitid eller lokal-med)");
  const config = loadConfig({ NODE_ENV: "development", ...process.env });
  const { store, tables, where } = storeFromEnv();
  const stored = await store.load().catch((err) => fail(storageErrorMessage(err, where)));
  if (!stored) fail(`Der er ingen organisation i ${where} endnu. Importér en med "npm run import -- <fil>".`);
  const directory = new Directory(stored.organisation);
  const logger = createLogger(config.logLevel);
  const deps = {
    checkLog: new TableCheckLog(tables),
    agenda: new TableAgendaStore(tables),
    conversations: new TableConversationStore(tables),
    deliver: adapterDeliver(createAdapter(config.bot, logger), config.bot.MicrosoftAppId),
    sender: new PoliteSender(),
  };
  const report = await remindNow(itemId, directory, deps, new Date(), { fallBackToAll: config.development });
  if (report.skipped) {
    console.log(`${report.occurrence}: intet sendt (${report.skipped === "completed" ? "runden er allerede udført" : report.skipped}).`);
    return;
  }
  if (report.noConversation.length > 0) console.log(`Ingen samtale med: ${report.noConversation.join(", ")} (de har ikke installeret appen eller skrevet til botten).`);
  if (report.fellBack) console.log("Udvikling: sendt til alle gemte samtaler i stedet.");
  for (const f of report.failed) console.error(`Ikke sendt til ${f.conversationId}: ${f.reason}`);
  if (report.sent.length === 0 && report.failed.length > 0) fail("Intet sendt: Teams afviste alle forsøg (se ovenfor).");
  if (report.sent.length === 0) fail("Intet sendt: botten kender ingen samtaler endnu. Åbn Agents Playground (npm start) og skriv til botten først.");
  console.log(`${report.occurrence}: sendt til ${report.sent.length} samtale(r).`);
}

main(process.argv.slice(2)).catch((err) => fail(`Påmindelsen kunne ikke sendes: ${err instanceof Error ? err.message : String(err)}`));
