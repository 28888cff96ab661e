import { DEFAULT_SIGNER, defaultRecipients } from "./compile";
import type { ReportModel } from "./model";
import type { ReportSettings } from "./source";

/**
 * The report's own particulars (number, date, signer, recipients) put on a compiled model at print time,
 * so changing them never needs a re-compilation. Empty values keep what compilation proposed.
 */
export function withSettings(model: ReportModel, settings: Partial<ReportSettings>): ReportModel {
  const signer = settings.signer;
  return {
    ...model,
    header: {
      ...model.header,
      number: settings.number ?? model.header.number,
      symbol: settings.symbol || model.header.symbol,
      date: settings.date === undefined ? model.header.date : settings.date,
    },
    signer: signer
      ? {
          authority: signer.authority,
          title: signer.title || DEFAULT_SIGNER.title,
          name: signer.name,
        }
      : model.signer,
    recipients: settings.recipients?.length
      ? [...settings.recipients]
      : model.recipients.length
        ? model.recipients
        : defaultRecipients(),
  };
}
