import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, migrate, type VacancyDb, type VacancyDbSchema } from './schema';

/**
 * Opens (creating or upgrading) the database. In the extension, only the background opens
 * it: IndexedDB opened in a content script would belong to the visited site.
 */
export async function openVacancyDb(name: string = DB_NAME): Promise<VacancyDb> {
  const db = await openDB<VacancyDbSchema>(name, DB_VERSION, {
    upgrade(database, oldVersion, newVersion, transaction) {
      migrate(database, oldVersion, newVersion ?? DB_VERSION, transaction);
    },
    // A newer version (e.g. after an extension update) is waiting: let it upgrade.
    blocking() {
      db.close();
    },
  });
  return db;
}
