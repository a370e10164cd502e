import type { PreviewTexts } from './translation.js';

/** The English texts of the previews offer: in its own file, loaded with previews (core/previews.ts). */
export const previews: PreviewTexts = {
  show: ({ name }) => `Show previews from ${name}`,
  notice: ({ name, company }) => `Previews are images loaded from ${name}: showing them sends your IP address to ${company}.`,
};
