import type { ProblemCode } from './schemas/problem.ts';

/** The Russian sentence a person reads for each problem code. */
export const problemMessagesRu: Record<ProblemCode, string> = {
  bad_request: 'Запрос составлен неверно.',
  validation_failed: 'Данные не прошли проверку.',
  malformed_json: 'Тело запроса не является корректным JSON.',
  payload_too_large: 'Слишком большой объём данных в запросе.',
  unsupported_media_type: 'Неподдерживаемый формат данных запроса.',
  unauthenticated: 'Требуется вход в систему.',
  invalid_credentials: 'Неверный логин или пароль.',
  account_disabled: 'Учётная запись отключена. Обратитесь к администратору.',
  forbidden: 'Недостаточно прав для этого действия.',
  not_found: 'Не найдено.',
  conflict: 'Конфликт с существующими данными.',
  rate_limited: 'Слишком много попыток. Повторите позже.',
  client_outdated: 'Версия приложения устарела. Обновите приложение.',
  sync_gap: 'Сервер ждёт более раннее изменение этого устройства.',
  epoch_changed: 'Сервер восстановлен из резервной копии: устройство отправит свои данные заново.',
  invalid_transition: 'Такая смена статуса посещения сейчас невозможна.',
  record_deleted: 'Запись уже удалена на другом устройстве.',
  visit_closed: 'Посещение уже завершено: изменения в нём не принимаются.',
  hash_mismatch: 'Файл повреждён при передаче: его содержимое не совпадает с контрольной суммой.',
  internal: 'Внутренняя ошибка сервера. Данные на устройстве сохранены.',
};
