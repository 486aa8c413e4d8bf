import type { DocumentTable, WorkDocument } from '../../model/document.js';
import { cellSpot } from './blocks.js';
import type { Outline } from './outline.js';
import type { DocumentSpot, TableCaption } from './part-table.js';

/** What every recogniser reads: the document, its outline, and how to name a place in it. */
export class ReportContext {
  constructor(
    readonly doc: WorkDocument,
    readonly outline: Outline,
  ) {}

  /** What the table at block `index` is about: its project and the heading above it. */
  caption(index: number): TableCaption {
    const t = this.doc.blocks[index] as DocumentTable;
    const project = this.outline.projectOf(index);
    const heading = this.outline.headingOf(index);
    return {
      number: t.number,
      ...(project && project.name !== '' ? { project: { id: project.id, name: project.name } } : {}),
      ...(heading ? { heading: heading.title } : {}),
    };
  }

  cell(index: number, r: number, c: number): DocumentSpot {
    return cellSpot(this.doc.blocks[index] as DocumentTable, this.caption(index), r, c);
  }
}
