import multer from 'multer';
import type { RequestHandler } from 'express';
import { HttpError } from './problem.ts';

/** A saved news page is larger than its text: scripts, styles, menus. The text itself is checked afterwards. */
export const MAX_UPLOAD_BYTES = 2_000_000;

const parser = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000 } }).single('file');

/** Reads a `multipart/form-data` body with at most one `file`; anything else passes untouched. */
export const acceptUpload: RequestHandler = (req, res, next) => {
  if (!req.is('multipart/form-data')) {
    next();
    return;
  }
  parser(req, res, (error: unknown) => {
    if (error instanceof multer.MulterError) {
      const tooLarge = error.code === 'LIMIT_FILE_SIZE' || error.code === 'LIMIT_FIELD_VALUE';
      next(
        new HttpError(tooLarge ? 413 : 400, tooLarge ? 'Body too large' : 'Bad request', `The upload was refused: ${error.message}.`, {
          code: tooLarge ? 'upload-too-large' : 'upload-malformed',
          errors: [{ path: error.field ?? 'file', message: error.message }],
        }),
      );
      return;
    }
    if (error) {
      next(new HttpError(400, 'Bad request', 'The multipart body could not be read.', { code: 'upload-malformed' }));
      return;
    }
    next();
  });
};
