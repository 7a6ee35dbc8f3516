import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SubmissionFile } from '@academy/shared/contracts';
import { firstValueFrom } from 'rxjs';

/**
 * Downloads a learner's private file (an assignment's attachment) and hands it to the browser
 * as a saved file.
 *
 * Why a fetch and not a link: the API only serves these files to a request carrying the
 * reader's bearer token, which the auth interceptor adds to HttpClient calls and which lives
 * in memory, not in a cookie; a plain `<a href>` would go without it. A short-lived signed URL
 * would work with a link, but it needs a second way to authorise reads (signing, expiry, a
 * route open to whoever holds the URL, which ends up in history and logs). Fetching as a blob
 * keeps one authorisation path, and files are small (the upload limit), so holding one in
 * memory for a moment is fine. The API still sends it as an attachment with nosniff.
 */
@Injectable({ providedIn: 'root' })
export class SubmissionFileDownloads {
  private readonly http = inject(HttpClient);

  async save(file: SubmissionFile): Promise<void> {
    const blob = await firstValueFrom(this.http.get(file.url, { responseType: 'blob' }));
    const url = URL.createObjectURL(blob);
    try {
      const link = document.createElement('a');
      link.href = url;
      link.download = file.name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
    } finally {
      // After the click the browser has its own reference to the download.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    }
  }
}
