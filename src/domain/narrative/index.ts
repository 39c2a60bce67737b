export {
  draftParagraph,
  draftParagraphs,
  PARAGRAPH_KINDS,
  type DraftedParagraph,
  type DraftOptions,
} from './paragraphs.ts';
export {
  blockStatus,
  isGeneratedBlockStale,
  lastFeeFigures,
  locateBlock,
  placeGeneratedParagraph,
  staleBlocks,
  updateGeneratedBlock,
  type BlockStatus,
  type PlaceResult,
} from './blocks.ts';
export { findCopiedFigures, replaceCopiedFigures, type CopiedFigure } from './copied-figures.ts';
export { changeOf, figureText, plain as plainNumber, yuanText, type Change } from './numbers.ts';
