import type { TestSpecification } from 'vitest/node'
import { BaseSequencer } from 'vitest/node'

/**
 * Vitest's order (longest first, from the last run's times), except for the files that read the shared
 * export (helpers.ts `sharedExport()`): export.test.ts first, as it makes the export, and the others
 * last, so that they find it made instead of holding a worker idle while they wait.
 */
function rank(file: TestSpecification): number {
  if (/tests\/browser\/export\.test\.ts$/.test(file.moduleId))
    return 0
  return /tests\/browser\/(?:pptx|single-file)\.test\.ts$/.test(file.moduleId)
    ? 2
    : 1
}

export default class SharedExportOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files)
    return sorted
      .map((file, i) => ({ file, i }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.i - b.i)
      .map(({ file }) => file)
  }
}
