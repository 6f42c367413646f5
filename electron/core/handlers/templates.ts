import { z } from 'zod';
import {
  TemplateItem,
  type Language,
  type MeetingKind,
  type Template,
  type meetingsContract,
} from '../../../shared/contract';
import { shippedTemplate } from '../../../shared/domain/meeting-templates';
import type { HandlersFor } from '../context';
import type { Db } from '../db/open';
import { templatesRepo } from '../db/repos/templates';
import { writer } from './write';

const write = writer('meetings');

const StoredItems = z.array(TemplateItem);

/** The stored items, or undefined when missing or no longer valid (hand-edited, older version). */
function storedItems(json: string | undefined) {
  if (json === undefined) return undefined;
  try {
    const parsed = StoredItems.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The user's own template for a kind and language, or the shipped one. */
export function templateFor(db: Db, kind: MeetingKind, language: Language): Template {
  const items = storedItems(templatesRepo(db).getJson(kind, language));
  return items
    ? { kind, language, items, customised: true }
    : { kind, language, items: shippedTemplate(kind, language), customised: false };
}

export const templateHandlers: HandlersFor<
  Pick<typeof meetingsContract, 'template.get' | 'template.save' | 'template.reset'>
> = {
  'template.get': ({ kind, language }, { db }) => templateFor(db, kind, language),

  'template.save': ({ kind, language, items }, ctx) =>
    write(ctx, () => {
      templatesRepo(ctx.db).save(kind, language, JSON.stringify(items));
      return { kind, language, items, customised: true };
    }),

  'template.reset': ({ kind, language }, ctx) =>
    write(ctx, () => {
      templatesRepo(ctx.db).remove(kind, language);
      return templateFor(ctx.db, kind, language);
    }),
};
